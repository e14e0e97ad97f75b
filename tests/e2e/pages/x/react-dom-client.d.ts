// react-dom ships no types and @types/react-dom is not installed; the fixture
// pages only need `createRoot` (React 18).
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }

  export function createRoot(container: Element | DocumentFragment): Root;
}
