// First: starts the storage read before the modules below are evaluated (see there).
import { storedStateRead } from './read-stored-state';
import { renderApp } from '../../components/common/render-app';
import { PopupApp } from '../../components/popup/PopupApp';
import { prefetchFirstPage } from '../../components/popup/use-network-query';
import '../../components/common/base.css';
import '../../components/popup/popup.css';

prefetchFirstPage(storedStateRead);
renderApp(<PopupApp />);
