import { renderApp } from '../../components/common/render-app';
import { SidebarApp } from '../../components/sidebar/SidebarApp';

export function startSidebarApp(): void {
  renderApp(<SidebarApp />);
}
