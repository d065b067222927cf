/** Moving focus to an element once React has drawn the change that shows it. */
import { useEffect, useRef, useState, type RefObject } from "react";

/**
 * Returns `focusAfterRender(target)`: focus goes to `target` after the next render, so a section, request or
 * panel that the same change brings in is there to receive it.
 */
export function useFocusAfterRender(): (target: RefObject<HTMLElement | null>) => void {
  const pendingFocus = useRef<RefObject<HTMLElement | null>>(undefined);
  const [, setFocusRequests] = useState(0);
  const focusAfterRender = (target: RefObject<HTMLElement | null>) => {
    pendingFocus.current = target;
    setFocusRequests((count) => count + 1);
  };
  useEffect(() => {
    const target = pendingFocus.current?.current;
    if (!target) return;
    pendingFocus.current = undefined;
    target.focus();
  });
  return focusAfterRender;
}
