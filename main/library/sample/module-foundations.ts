import { randomUUID } from 'node:crypto';
import {
  audio,
  bold,
  callout,
  divider,
  flipCards,
  heading,
  image,
  italic,
  multipleResponse,
  p,
  rich,
  singleChoice,
  trueFalse,
  ul,
  video,
  type SampleAssets,
  type SampleModule,
} from './build';
import { table, timeline } from './kind-builders';
import { gallery, labeledGraphic, sorting } from './kinds-b-builders';

const NARRATION_TRANSCRIPT =
  'Asynchronous learning lets every learner study at their own pace. ' +
  'Lessons are there whenever you need them, wherever you are. ' +
  'Short modules, varied media and a friendly help forum keep you moving.';

/** Module 1: what asynchronous learning is and how it differs from synchronous learning. */
export function foundationsModule(assets: SampleAssets): SampleModule {
  return {
    title: 'Understanding asynchronous learning',
    lessons: [
      {
        title: 'What is asynchronous learning?',
        kind: 'content',
        blocks: [
          rich(
            p(
              bold('Asynchronous learning'),
              ' is learning that does not require the teacher and the learners to be present at the same time. ',
              'The course is prepared in advance — lessons, videos, readings, activities and quizzes — and each learner ',
              'works through it when it suits them: early in the morning, on a lunch break, or late at night.',
            ),
            p(
              'You are taking an asynchronous course right now. Nobody scheduled this moment for you; you opened the ',
              'course when you were ready, and you can stop after any lesson and pick up again later exactly where you left off.',
            ),
          ),
          video(assets.video, 'Welcome to Asynchronous Learning 101', assets.captions),
          heading('The defining feature: time is yours'),
          image(
            assets.ownTimeImage,
            'A clock showing half past nine in the evening beside a week calendar with study sessions on different days.',
            'Half past nine in the evening is as good a time to learn as any.',
          ),
          rich(
            p(
              'In a classroom or a live webinar, the schedule sets the pace. In asynchronous learning, the ',
              italic('content'),
              ' is fixed but the ',
              italic('timing'),
              ' is not. Three things follow from that:',
            ),
            ul(
              [
                bold('Self-paced: '),
                'each learner spends as long on a topic as they need — skimming what they know, replaying what they do not.',
              ],
              [
                bold('Self-scheduled: '),
                'learning fits around work, family and time zones instead of the other way round.',
              ],
              [
                bold('Self-directed: '),
                'learners take more responsibility for their own progress, helped by clear structure.',
              ],
            ),
          ),
          audio(assets.narration, 'Narration: asynchronous learning in three sentences', NARRATION_TRANSCRIPT),
          heading('Tools of asynchronous learning', 3),
          gallery('Tools of asynchronous learning', 'carousel', [
            {
              assetId: assets.videoLessonImage,
              alt: 'A recorded video lesson paused halfway, with a play button and a progress bar.',
              caption: 'Recorded video lessons: pause, replay and pick up later.',
            },
            {
              assetId: assets.forumImage,
              alt: 'A discussion forum thread: a question at 08:10, the tutor’s reply at 11:45 and a thank-you at 21:30.',
              caption: 'Discussion forums: questions and answers hours apart, visible to everyone.',
            },
            {
              assetId: assets.selfCheckImage,
              alt: 'A self-check quiz with three questions, two ticked correct and one still open.',
              caption: 'Self-checks: instant feedback without waiting for a tutor.',
            },
          ]),
          callout(
            'info',
            'A note on terms',
            p(
              'You will also hear ',
              italic('self-paced learning'),
              ', ',
              italic('e-learning'),
              ' and ',
              italic('on-demand training'),
              '. They overlap heavily: all describe instruction that learners consume on their own schedule.',
            ),
          ),
          {
            id: randomUUID(),
            type: 'quote',
            text: 'The beautiful thing about learning is that nobody can take it away from you.',
            attribution: 'B.B. King',
          },
          heading('From letters to learning platforms', 3),
          timeline([
            {
              date: '1840s',
              title: 'Correspondence courses',
              text: 'Isaac Pitman teaches shorthand by post: lessons go out by mail, exercises come back the same way.',
            },
            {
              date: '1920s–1930s',
              title: 'Radio lessons',
              text: 'Universities and school boards broadcast lectures that listeners follow from home.',
            },
            {
              date: '1969',
              title: 'The Open University',
              text: 'The UK’s Open University combines printed course books, television and tutors for learners at a distance.',
            },
            {
              date: '1990s',
              title: 'Online courses and the first LMSs',
              text: 'The web carries course material; learning management systems track who studied what.',
            },
            {
              date: '2000s',
              title: 'SCORM and e-learning packages',
              text: 'A shared standard lets one course package run in any compliant LMS and report progress.',
            },
            {
              date: '2010s–today',
              title: 'MOOCs and mobile learning',
              text: 'Open courses reach millions; short self-paced modules fit on a phone and into a coffee break.',
            },
          ]),
          heading('Key terms', 3),
          flipCards(
            [
              'Asynchronous',
              'Learners and instructors take part at different times; the content waits for the learner.',
            ],
            ['Synchronous', 'Everyone takes part at the same time, live — in a room or online.'],
            ['Blended learning', 'A mix of self-paced study and short live sessions for practice and discussion.'],
            [
              'Self-paced',
              'Each learner decides how fast to go: skimming what they know, revisiting what they do not.',
            ],
          ),
        ],
      },
      {
        title: 'Synchronous vs asynchronous',
        kind: 'content',
        blocks: [
          labeledGraphic(
            assets.illustration,
            'Two panels. Left, synchronous: four learners grouped inside one shared time slot under a single clock. ' +
              'Right, asynchronous: four learners placed at different hours along a 24-hour timeline.',
            [
              {
                x: 34,
                y: 30,
                title: 'One clock for everyone',
                text: 'A live session starts at a set time. Miss it and you miss it, unless someone records it.',
              },
              {
                x: 40,
                y: 70,
                title: 'The whole group at once',
                text: 'Everyone is present together: questions are answered on the spot and the group moves at one pace.',
              },
              {
                x: 66,
                y: 30,
                title: 'Each learner on their own time',
                text: 'Learners drop in when it suits them: before work, at lunch, late at night.',
              },
              {
                x: 75,
                y: 62,
                title: 'A 24-hour day',
                text: 'Asynchronous learning spreads over the whole day and across time zones. The course waits for the learner.',
              },
            ],
          ),
          heading('Two ways to organise time'),
          rich(
            p(
              bold('Synchronous learning'),
              ' happens in real time: a lecture, a live virtual classroom, a workshop. Everyone is present together, ',
              'questions are answered on the spot, and the group moves at one pace.',
            ),
            p(
              bold('Asynchronous learning'),
              ' is spread out in time: recorded videos, interactive lessons, discussion forums and self-checks. ',
              'Interaction still happens, but through messages and comments rather than live conversation.',
            ),
          ),
          heading('Side by side', 3),
          table('Synchronous and asynchronous learning compared', [
            ['Aspect', 'Synchronous', 'Asynchronous'],
            ['Timing', 'Fixed sessions', 'Any time within the course window'],
            ['Pace', 'The group’s pace', 'Each learner’s own pace'],
            ['Feedback', 'Immediate, from a person', 'Built into activities, or delayed replies'],
            ['Scale', 'Limited by rooms and trainers', 'The same course serves ten or ten thousand learners'],
          ]),
          heading('Sort them out', 3),
          sorting('Sort each learning activity: does it need everyone at the same time?', [
            [
              'Synchronous',
              [
                'A live webinar every Tuesday at 10:00',
                'A workshop in a training room',
                'A phone-in Q&A with the instructor',
              ],
            ],
            [
              'Asynchronous',
              ['A recorded video lesson', 'A discussion forum thread', 'A self-check quiz you take at any time'],
            ],
          ]),
          divider(),
          heading('Knowledge check'),
          rich(p('A quick, ungraded check before you move on. Try it — you can answer as often as you like.')),
          singleChoice(
            'Which situation is an example of asynchronous learning?',
            [
              'A trainer runs a live webinar every Tuesday at 10:00',
              'A new employee completes an onboarding course on their laptop over three evenings',
              'A class meets in a lecture hall for a guest talk',
            ],
            1,
            [
              'Right: the employee chooses when to learn, and the course waits for them.',
              'Not quite. Look for the option where the learner, not a timetable, decides when learning happens.',
            ],
          ),
          trueFalse('In asynchronous learning, learners never interact with anyone.', false, [
            'Correct — forums, comments and help chats keep people connected, just not in real time.',
            'Actually, interaction still happens: through discussion forums, feedback and help channels, just not live.',
          ]),
          multipleResponse(
            'Which of these are typically synchronous? Select all that apply.',
            [
              ['A live virtual classroom', true],
              ['A recorded video lesson', false],
              ['A phone-in Q&A session with the instructor', true],
              ['A discussion forum thread', false],
            ],
            [
              'Well done: live classrooms and phone-in sessions need everyone present at once.',
              'Check again: synchronous activities are the ones that require everyone at the same time.',
            ],
          ),
        ],
      },
    ],
  };
}
