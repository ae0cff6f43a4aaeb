import { render } from 'preact';
import { OptionsPage } from './OptionsPage';
import '../popup/style.css';
import '../notes/style.css';

render(<OptionsPage />, document.getElementById('app')!);
