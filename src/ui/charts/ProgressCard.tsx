import type { ReactNode } from 'react';
import type { ProgressChart } from '../../state/progressChart';
import type { ExportScope } from './ChartExportButtons';
import { ChartCard } from './ChartCard';

interface ProgressCardProps {
  progress: ProgressChart;
  synthetic: boolean;
  exportScope: ExportScope;
  /** The unit picker, on the page; an embed shows the unit its link names. */
  controls?: ReactNode;
  children?: ReactNode;
}

/** An area's stated figures over time (see deriveProgressChart), on the page and in an embed alike. */
export function ProgressCard({ progress, synthetic, exportScope, controls, children }: ProgressCardProps) {
  return (
    <ChartCard
      name="progress"
      spec={progress.spec}
      synthetic={synthetic}
      sources={progress.sources}
      controls={controls}
      period={progress.period}
      exportScope={exportScope}
    >
      {children}
    </ChartCard>
  );
}
