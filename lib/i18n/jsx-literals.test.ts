import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Words typed straight into JSX reach every reader in English, whatever their language. Guards
 * the kinds once found in the Russian interface ("Working…", "Page 1 of 3", "Copy the link"):
 * a JSX text node with a word in it, and an accessible-name prop (aria-label, title, placeholder,
 * alt) given a string. Words in expressions built in code (a domain function's English) are out of
 * its reach.
 */

const ROOTS = ['app', 'components'];
const NAMING_PROPS = new Set(['aria-label', 'title', 'placeholder', 'alt']);
const WORD = /[A-Za-z]{2,}/;

function tsxFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(directory, entry.name);
    if (entry.isDirectory()) return tsxFiles(file);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [file] : [];
  });
}

function englishLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) found.push(`${where(node)} ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && NAMING_PROPS.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value && ts.isStringLiteralLike(value) && WORD.test(value.text)) found.push(`${where(node)} ${value.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the interface', () => {
  it('types no English words into JSX: text and accessible names come from the catalogs', () => {
    expect(ROOTS.flatMap(tsxFiles).flatMap(englishLiterals)).toEqual([]);
  });
});
