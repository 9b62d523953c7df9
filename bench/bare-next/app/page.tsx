export default function Page() {
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>A heading and a paragraph, nothing else: what the framework costs before the site adds anything.</p>
    </main>
  );
}
