import { mountTimeline } from 'salkku-timeline-mount';
import { setUpBench } from './harness';

setUpBench(mountTimeline, '.tl-bar');
