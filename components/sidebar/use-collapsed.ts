import { useEffect, useState } from 'react';
import { isSidebarCollapsed, setSidebarCollapsed, watchSidebarCollapsed } from '../../utils/ui/sidebar-state';

/** The remembered collapsed/expanded choice, shared with the content script that sizes the iframe. */
export function useCollapsed(): [boolean, (collapsed: boolean) => void] {
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    void isSidebarCollapsed().then(setCollapsed);
    return watchSidebarCollapsed(setCollapsed);
  }, []);
  return [collapsed, (value) => void setSidebarCollapsed(value)];
}
