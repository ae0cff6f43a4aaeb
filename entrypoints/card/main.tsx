import { render } from 'preact';
import { CardFrame } from './CardFrame';
import '@/components/card.css';

render(<CardFrame cardId={location.hash.slice(1)} />, document.getElementById('app')!);
