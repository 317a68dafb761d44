import { renderApp } from '../../components/common/render-app';
import { RadarApp } from '../../components/radar/RadarApp';
import '../../components/common/base.css';
import '../../components/radar/radar.css';

renderApp(<RadarApp />);
