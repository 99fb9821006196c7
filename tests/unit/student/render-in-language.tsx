import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';
import { TranslatorProvider } from '../../../components/student/words';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container?.remove();
  container = null;
});

/** Renders a piece of the student page in the given language; it is removed after each test. */
export function renderInLanguage(node: ReactNode, language: 'nb' | 'nn' | 'en'): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  container = host;
  root = createRoot(host);
  act(() => {
    root!.render(<TranslatorProvider language={language}>{node}</TranslatorProvider>);
  });
  return host;
}
