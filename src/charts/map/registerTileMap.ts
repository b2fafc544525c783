import { use } from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { VisualMapContinuousComponent } from 'echarts/components';

// Registered in a module the page loads only when it draws the province tile map.
use([HeatmapChart, VisualMapContinuousComponent]);
