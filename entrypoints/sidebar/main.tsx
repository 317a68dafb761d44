import { sidebarSession } from '../../utils/sidebar/sidebar-session';
import { paintFirst } from '../../components/sidebar/first-paint';
import '../../components/common/base.css';
import '../../components/sidebar/sidebar.css';

// First the claim, which every other message of this frame waits for; its answer is painted at once with plain DOM,
// while React and the rest of the sidebar load as a chunk of their own.
const session = sidebarSession();
void paintFirst(session, document.getElementById('root')).catch(() => undefined);
void import('./app').then((app) => app.startSidebarApp());
