'use client';

import { useEffect } from 'react';

/**
 * Keeps old links working: an insight renamed in content keeps its former
 * ids as aliases (`<span id="old-id" data-alias-of="new-id">`). Arriving at
 * `#old-id` moves to `#new-id`, so the heading is scrolled to and marked
 * (:target) and the address shows the current link.
 */
export function DeepLinks() {
  useEffect(() => {
    const follow = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const canonical = id ? document.getElementById(id)?.dataset.aliasOf : undefined;
      if (canonical) window.location.replace(`#${canonical}`);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return null;
}
