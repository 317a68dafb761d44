import { renderApp } from '../../components/common/render-app';
import { RadarApp } from '../../components/radar/RadarApp';
import { prefetchRadar } from '../../components/radar/use-radar';
import '../../components/common/base.css';
import '../../components/radar/radar.css';

prefetchRadar();
renderApp(<RadarApp />);
