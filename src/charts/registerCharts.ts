import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Registered once, from echarts/core, so the bundle carries only these charts and components (see ChartOption).
// SVG keeps text as text: crisp on phones, searchable, and exportable as a true vector image. Legends are plain
// (they wrap onto more lines): the scrolling kind hid entries behind arrows on a phone, and weighs on the first paint.
use([BarChart, LineChart, AriaComponent, GridComponent, LegendPlainComponent, TooltipComponent, SVGRenderer]);
