/** @type {import('next').NextConfig} */
const nextConfig = {
  // Packages with WASM or native parts must be loaded by Node at run time, not bundled.
  serverExternalPackages: ['@node-rs/argon2', '@prisma/client', '@prisma/adapter-pg', 'pg'],
  poweredByHeader: false,
  // Lets two builds (e.g. parallel test runs) live side by side; '.next' unless set.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
