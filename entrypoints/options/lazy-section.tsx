import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A section whose code loads the first time it is shown. The journal, history and data
 * sections bring the backup schema, Markdown export and streak maths; most visits are to
 * the list, so those stay out of the first load (see the size budget in the README).
 */
export function lazySection<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazySection(props: P) {
    const [Section, setSection] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Section) return;
      let live = true;
      void load().then((component) => {
        loaded = component;
        if (live) setSection(() => component);
      });
      return () => {
        live = false;
      };
    }, [Section]);
    return Section ? <Section {...props} /> : <div class="section" aria-busy="true" />;
  };
}
