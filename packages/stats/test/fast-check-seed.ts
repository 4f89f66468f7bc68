import fc from 'fast-check';

// Property tests are seeded like every other test here, so a CI run repeats a laptop run and a
// failure can be replayed; a property that needs a different sample sets its own `seed`.
fc.configureGlobal({ seed: 20261203 });
