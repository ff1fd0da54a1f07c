#include "tests/support/small_stack.h"

#include <pthread.h>

#include <exception>
#include <stdexcept>
#include <string>

namespace socle::test {

namespace {

struct Job {
    const std::function<void()>* work;
    std::exception_ptr failure;
};

void* run_job(void* raw) {
    auto* job = static_cast<Job*>(raw);
    try {
        (*job->work)();
    } catch (...) {
        job->failure = std::current_exception();
    }
    return nullptr;
}

}  // namespace

void run_with_stack(std::size_t stack_bytes, const std::function<void()>& work) {
    Job job{&work, nullptr};
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) throw std::runtime_error("pthread_attr_init failed");
    const int sized = pthread_attr_setstacksize(&attributes, stack_bytes);
    pthread_t thread;
    const int started = sized == 0 ? pthread_create(&thread, &attributes, run_job, &job) : sized;
    pthread_attr_destroy(&attributes);
    if (started != 0) throw std::runtime_error("could not start a thread with a small stack (error " + std::to_string(started) + ")");
    pthread_join(thread, nullptr);
    if (job.failure) std::rethrow_exception(job.failure);
}

}  // namespace socle::test
