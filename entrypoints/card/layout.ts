import { useEffect } from 'preact/hooks';

/**
 * Reports the card's height now and whenever it changes, so the content script can size the frame
 * to it. The first report cannot wait for a ResizeObserver: browsers do not render a frame that is
 * still hidden and zero-sized, so its observers never fire.
 */
export function useLayoutReports(rendered: boolean, report: (height: number) => void): void {
  useEffect(() => {
    if (!rendered) return;
    const card = document.querySelector('.card');
    if (!card) return;
    let last = -1;
    const measure = () => {
      const height = Math.ceil(card.getBoundingClientRect().height);
      if (height !== last) report((last = height));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(card);
    return () => observer.disconnect();
  }, [rendered]);
}
