import { PageLoading } from "@/components/ui/page-loading";

// The audit search can take a moment on a long log: the heading and a placeholder show at once.
export default function Loading() {
  return <PageLoading title="审计日志" />;
}
