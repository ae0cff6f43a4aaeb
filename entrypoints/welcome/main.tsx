import { render } from 'preact';
import { WelcomePage } from './WelcomePage';
import '../popup/style.css';
import '../notes/style.css';

render(<WelcomePage />, document.getElementById('app')!);
