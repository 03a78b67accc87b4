import path from 'node:path';

/**
 * The Prisma CLI insists on locating its Rust engines before it starts, and they cannot be
 * downloaded on our machines. Generation (prisma-client generator, engineType "client") and
 * migrations (engine "js" in prisma.config.ts) never run them, so any existing file satisfies
 * the check. See shared/stack-facts.md.
 */
export function prismaEngineEnv(): Record<string, string> {
  const placeholder = path.resolve('package.json');
  return {
    PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
    PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  };
}
