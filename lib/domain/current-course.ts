/**
 * The course a family's pages are about: the one running, else the latest (a child's courses come
 * newest first), so a finished course's record stays in sight until the next is prescribed.
 */
export function currentCourseOf<Course extends { status: string }>(courses: readonly Course[]): Course | undefined {
  return courses.find((course) => course.status === 'ACTIVE') ?? courses[0];
}
