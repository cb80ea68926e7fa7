-- CreateTable
CREATE TABLE "login_pair_throttles" (
    "username" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMP(3),
    "locked_until" TIMESTAMP(3),
    "last_success_at" TIMESTAMP(3),

    CONSTRAINT "login_pair_throttles_pkey" PRIMARY KEY ("username","address")
);

-- CreateTable
CREATE TABLE "login_address_throttles" (
    "address" TEXT NOT NULL,
    "window_start" TIMESTAMP(3) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "login_address_throttles_pkey" PRIMARY KEY ("address")
);

