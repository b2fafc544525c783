import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { ViewBoundary } from './ui/common/ViewBoundary';
import './ui/styles.css';
import './ui/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    {/* The last resort: a failure no part of the page caught still leaves a message, never a white screen. */}
    <ViewBoundary label="易地扶贫搬迁数据看板 · Relocation dashboard">
      <App />
    </ViewBoundary>
  </StrictMode>,
);
