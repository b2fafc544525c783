import { use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Registered once, from echarts/core, so the bundle carries only these charts and components (see ChartOption).
// SVG keeps text as text: crisp on phones, searchable, and exportable as a true vector image.
use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
