import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { missingToken } from './api/client';
import { App } from './components/App';
import { MissingToken } from './components/MissingToken';
import { prewarmPairWhenIdle } from './pair/prewarm';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(<StrictMode>{missingToken ? <MissingToken /> : <App />}</StrictMode>);
if (!missingToken) prewarmPairWhenIdle();
