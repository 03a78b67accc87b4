'use client';

import { Button } from './button';

/** Prints the page; hidden on paper itself. */
export function PrintButton({ children = 'Print' }: { children?: string }) {
  return (
    <Button type="button" variant="secondary" className="no-print" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
