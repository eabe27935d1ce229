import type { ComponentChildren } from 'preact';

/** A plain message in place of the list: why there is nothing to show, or what to do. */
export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <div class="notice" role="status" data-testid="notice">
      {children}
    </div>
  );
}
