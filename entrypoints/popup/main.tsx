import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { extensionPopupServices } from '@/components/popup/popup-services';
import './style.css';

render(<Popup services={extensionPopupServices} />, document.getElementById('app')!);
