import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

const FOCUSABLE = 'button, textarea, input, select, a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab and Shift+Tab inside `root` (a dialog): from its last control the focus goes round to
 * its first, and back. Controls added later (a status's undo button, say) are found on each key.
 */
export function useFocusTrap(root: RefObject<HTMLElement>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const dialog = root.current;
      if (e.key !== 'Tab' || !dialog) return;
      const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.matches(':disabled') && el.getClientRects().length > 0);
      const active = document.activeElement;
      const inside = active instanceof HTMLElement && active !== dialog && dialog.contains(active);
      const first = controls[0];
      const last = controls.at(-1);
      if (!first || !last) return e.preventDefault();
      if (e.shiftKey && (!inside || active === first)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (!inside || active === last)) {
        e.preventDefault();
        first.focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
