import { renderApp } from '../../components/common/render-app';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import '../../components/common/base.css';
import '../../components/sidebar/sidebar.css';

renderApp(<SidebarApp />);
