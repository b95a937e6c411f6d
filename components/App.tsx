export default function App() {
  return (
    <main>
      <h1>Back pain assessment</h1>
      <p>Supports, does not replace, clinical judgement. Nothing leaves this browser.</p>
      <p>Nothing captured yet.</p>
    </main>
  );
}
