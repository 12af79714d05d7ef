// The webpack app's build: its defaults, which copy every `new URL('./…', import.meta.url)`
// (the widget's wasm, stylesheet and locale files) into dist/ as an asset.
const path = require('node:path');

module.exports = {
  entry: './main.js',
  output: { path: path.resolve(__dirname, 'dist'), filename: 'main.[contenthash].js', clean: true },
  plugins: [{
    // index.html, pointing at the hashed bundle.
    apply(compiler) {
      const { RawSource } = compiler.webpack.sources;
      compiler.hooks.thisCompilation.tap('index.html', (compilation) => {
        compilation.hooks.processAssets.tap({ name: 'index.html', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
          const bundle = Object.keys(assets).find((name) => /^main\..*\.js$/.test(name));
          const page = require('node:fs').readFileSync(path.resolve(__dirname, 'index.html'), 'utf8');
          compilation.emitAsset('index.html', new RawSource(page.replace('MAIN_JS', bundle)));
        });
      });
    },
  }],
};
