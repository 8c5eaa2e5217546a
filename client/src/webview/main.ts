// Entry of the preview page (bundled to dist/webview.js): styles, bridge to the host, the app.
import { PreviewApp } from './app';
import { createBridge } from './bridge';
import { STYLES } from './styles';

const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const style = document.createElement('style');
style.nonce = nonce;
style.textContent = STYLES;
document.head.append(style);

const root = document.getElementById('app') ?? document.body;
const bridge = createBridge();
const app = new PreviewApp(root, bridge);
bridge.onMessage((message) => app.handle(message));
bridge.post({ type: 'ready' });
