import { useState } from 'react';
import { EMBEDDABLE } from '../state/buildDashboard';
import { embeddedChart, queryToView } from '../state/permalink';
import { EmbedView } from './charts/EmbedView';
import { DashboardPage } from './DashboardPage';

/** The page as the address asks: one chart alone for `?embed=<chart>`, otherwise the whole dashboard in the view it names. */
export function App() {
  const [start] = useState(() => ({ embed: embeddedChart(window.location.search, EMBEDDABLE), view: queryToView(window.location.search) }));
  return start.embed ? <EmbedView name={start.embed} view={start.view} /> : <DashboardPage initialView={start.view} />;
}
