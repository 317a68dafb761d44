import { renderApp } from '../../components/common/render-app';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/common/base.css';
import '../../components/options/options.css';

renderApp(<OptionsApp />);
