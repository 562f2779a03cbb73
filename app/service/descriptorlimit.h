// DescriptorLimit: every connection costs a file descriptor, and the usual soft limit
// (1024) is far below what the receiver's connection cap and the store need under a
// flood. Raised to the hard limit at start; the outcome is logged.
#pragma once

namespace DescriptorLimit {
// Raises the soft RLIMIT_NOFILE to the hard limit; returns the soft limit now in force.
long raiseToHardLimit();
// The connection cap that fits in fileLimit descriptors beside what the service itself
// keeps open (database, threads, outbound calls). Over the limit, accept() fails with
// EMFILE, which Qt 6.4 mostly reports as a temporary error and retries in a busy loop.
int connectionCap(int wanted, long fileLimit, int receiverThreads);
} // namespace DescriptorLimit
