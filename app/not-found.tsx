import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[70vh] max-w-lg flex-col items-center justify-center px-6 text-center">
      <p className="text-6xl font-bold text-brand-600">404</p>
      <h1 className="mt-4 text-2xl font-semibold">页面不存在</h1>
      <p className="mt-2 text-stone-600">您访问的页面不存在或已被移动。请检查地址，或回到首页继续工作。</p>
      <Link href="/" className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
        返回首页
      </Link>
    </main>
  );
}
