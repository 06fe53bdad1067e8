import { type ComponentType, createElement, lazy } from 'react';

export interface Preloadable<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  /** Starts loading the code (once); resolves when it can render without suspending. */
  preload(): Promise<unknown>;
}

/**
 * A component in a chunk of its own that can be fetched before it is needed: the boot fetches
 * the page's chunk beside the workshop and the messages, and the page fetches its later steps
 * once it has painted. Once loaded it renders at once; before that it suspends like `lazy` (the
 * nearest Suspense boundary shows its fallback). A plain `lazy` would suspend even when its code
 * is already there, and React holds a revealed boundary back for a moment: a later first paint.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(async () => ({ default: await preload() }));
  const Component = (props: P) => createElement((loaded ?? Lazy) as ComponentType<P>, props);
  return Object.assign(Component, { preload });
}
