import { render } from 'preact';

function Popup() {
  return <p>Still Hiring</p>;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
