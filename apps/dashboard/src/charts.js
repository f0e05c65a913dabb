/**
 * Chart.js and its plugins, loaded when a chart is first drawn rather than before the page's first paint: index.html
 * names them (versioned URLs, `{{vendor:…}}`) in inert `<script type="text/x-parley-vendor">` tags, and this loads
 * them in that order (the date adapter and the annotation plugin register themselves with Chart.js).
 */
let loading = null;

export function loadCharts() {
  if (window.Chart) return Promise.resolve();
  loading ??= [...document.querySelectorAll('script[type="text/x-parley-vendor"]')].reduce(
    (previous, tag) =>
      previous.then(
        () =>
          new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = tag.getAttribute('src');
            script.onload = resolve;
            script.onerror = () => reject(new Error(`The chart library did not load (${tag.getAttribute('src')}).`));
            document.head.append(script);
          }),
      ),
    Promise.resolve(),
  );
  // A failed load can be tried again by the next chart.
  loading.catch(() => (loading = null));
  return loading;
}
