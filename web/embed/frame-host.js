// Sizes each govlens iframe (marked data-govlens-frame) to the height its page reports, so that
// it never scrolls or leaves a gap. Include once per page, anywhere:
//
//   <script src="https://example.org/govlens/embed/frame-host.js" async></script>
//
// Only a message from one of those iframes' own windows is heeded, and only its height.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'govlens-frame-height' || typeof data.height !== 'number') return;
  const height = Math.ceil(data.height);
  if (!(height > 0 && height < 100000)) return;
  const frames = document.querySelectorAll('iframe[data-govlens-frame]');
  for (let i = 0; i < frames.length; i += 1) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = `${height}px`;
  }
});
