import { renderApp } from '../../components/common/render-app';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/common/base.css';
import '../../components/popup/popup.css';

renderApp(<PopupApp />);
