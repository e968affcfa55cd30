// Bottleneck's light build (no Redis clustering, 7 KB instead of 15 KB) has the same API and
// ships no types of its own.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
