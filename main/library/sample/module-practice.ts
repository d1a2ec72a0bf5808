import {
  accordion,
  bold,
  callout,
  divider,
  heading,
  matching,
  multipleResponse,
  ordering,
  p,
  rich,
  singleChoice,
  textEntry,
  trueFalse,
  ul,
  type SampleAssets,
  type SampleModule,
} from './build';
import { categorize, fillBlanks, hotspot, likert, numeric } from './banks-builders';
import { list, processBlock, statement } from './kind-builders';
import { scenario } from './scenario-builders';

/** Module 3: designing good self-paced courses, why an LMS delivers them, and the graded final quiz. */
export function practiceModule(assets?: Pick<SampleAssets, 'illustration'>): SampleModule {
  return {
    title: 'Designing and delivering self-paced courses',
    lessons: [
      {
        title: 'Tips for effective asynchronous courses',
        kind: 'content',
        blocks: [
          rich(
            p(
              'Learners working on their own have no trainer to read the room. The course itself has to keep them ',
              'oriented, engaged and unblocked. Four habits make the biggest difference.',
            ),
          ),
          statement('A self-paced course has to teach without a teacher in the room.', 'framed'),
          heading('1. Keep modules short'),
          rich(
            p(
              'Aim for modules of ',
              bold('about 20 minutes'),
              '. That is long enough to learn something complete and short enough to finish in one sitting — a coffee ',
              'break, a commute, the gap between meetings. Short modules also make progress visible, which keeps people going.',
            ),
          ),
          heading('2. Vary the media'),
          rich(
            p('Alternate between formats so attention does not fade, and so every learner finds a way in:'),
            ul(
              'a short video to introduce an idea,',
              'text and images to explain it in detail,',
              'audio for listening on the move (always with a transcript),',
              'questions that make learners apply what they just read.',
            ),
          ),
          heading('3. Make the interface disappear'),
          rich(
            p(
              'Navigation should never get in the way of learning. Use clear lesson titles, one obvious “next” step, ',
              'readable text and captions on every video. If learners have to think about the interface, they are not ',
              'thinking about the content.',
            ),
          ),
          heading('4. Offer support channels'),
          rich(
            p(
              'Give learners a way to ask for help: a ',
              bold('discussion forum'),
              ' where peers and tutors answer questions, a ',
              bold('help chat'),
              ' or a support e-mail address. Say clearly how quickly they can expect an answer.',
            ),
          ),
          heading('A quick checklist', 3),
          list('checklist', [
            'Can each module be finished in about 20 minutes?',
            'Does each lesson use more than one kind of media?',
            'Could a first-time learner find the next step without help?',
            'Does every learner know where to ask a question?',
          ]),
          heading('Planning a self-paced module', 3),
          processBlock(
            'Planning a self-paced module',
            'Five steps take you from a topic to a module learners can finish in one sitting.',
            [
              ['Name the goal', 'Write one sentence saying what learners will be able to do at the end of the module.'],
              [
                'Cut it to 20 minutes',
                'Keep only what serves the goal; move the rest to another module or a resource.',
              ],
              ['Sequence the lessons', 'Order lessons from what learners know to what is new, one idea per lesson.'],
              ['Add practice', 'Put a knowledge check after each idea so learners can test themselves at once.'],
              ['Plan the support', 'Decide where learners ask for help and how quickly they will hear back.'],
            ],
            'Goal, length, sequence, practice and support: with these five decisions made, writing the lessons is the easy part.',
          ),
          heading('Frequently asked questions', 3),
          accordion(
            [
              'How long should an asynchronous course take?',
              p(
                'As long as the goal needs, split into modules of about 20 minutes. Learners are more likely to ',
                'finish several short modules than one long one.',
              ),
            ],
            [
              'How do learners get help when nobody is online?',
              p(
                'Through the support channels you planned: a forum, a help chat or e-mail. Publish the expected ',
                'reply time so nobody waits in silence.',
              ),
            ],
            [
              'Can asynchronous courses include group work?',
              p(
                'Yes. Discussion threads, peer review and shared documents let learners collaborate without meeting ',
                'at the same time.',
              ),
            ],
            [
              'How do I know whether learners understood?',
              p(
                'Add knowledge checks after each idea and a short graded quiz at the end; the LMS records the results.',
              ),
            ],
          ),
          heading('Practice: a learner asks for help', 3),
          scenario(
            'A learner asks for help',
            'Priya',
            [
              {
                key: 'ask',
                name: 'Message in the help chat',
                line: 'Hello? I have watched the video in module 2 three times and the quiz still says I failed. What am I missing?',
                choices: [
                  ['Thanks for writing, Priya. Which question is giving you trouble?', 'listen'],
                  ['Please read the FAQ before using the help chat.', 'brushOff'],
                ],
              },
              {
                key: 'listen',
                name: 'Priya explains',
                line: 'The one about SCORM. I thought the LMS stores the course, but the answer says something else.',
                choices: [
                  [
                    'Good question: the LMS delivers the course and records your progress. The lesson “Why an LMS delivers it” explains it; try the quiz again after it.',
                    'helped',
                  ],
                  ['You just have to learn it by heart.', 'brushOff'],
                ],
              },
            ],
            [
              {
                key: 'helped',
                title: 'Priya is back on track',
                feedback:
                  'You thanked her, asked a precise question and pointed to the lesson that answers it. Learners who get a quick, kind answer through the support channel keep going.',
                outcome: 'positive',
              },
              {
                key: 'brushOff',
                title: 'Priya gives up',
                feedback:
                  'A curt answer tells a learner that asking was a mistake. In a self-paced course the support channel is the only teacher in the room: answer the question behind the message.',
                outcome: 'negative',
              },
            ],
          ),
        ],
      },
      {
        title: 'Why an LMS delivers it',
        kind: 'content',
        blocks: [
          rich(
            p(
              'A ',
              bold('learning management system (LMS)'),
              ' is the platform that hosts courses, enrols learners and records their progress. For asynchronous ',
              'learning it does the work a trainer would otherwise do by hand:',
            ),
            ul(
              [bold('Delivery: '), 'learners sign in and find their assigned courses in one place, on any device.'],
              [bold('Tracking: '), 'the LMS records who started, who finished, and how they scored.'],
              [bold('Resuming: '), 'learners pick up exactly where they left off, even weeks later.'],
              [bold('Reporting: '), 'managers see completion and results without chasing anyone.'],
              [bold('Community: '), 'forums, messages and notifications keep learners connected.'],
            ),
            p(
              'Courses reach an LMS as standard packages — ',
              bold('SCORM 1.2'),
              ', ',
              bold('SCORM 2004'),
              ' or plain HTML5. Coursewright exports all three, so this very course can run in almost any LMS.',
            ),
          ),
          divider('space'),
          callout(
            'info',
            'Ready for the quiz?',
            p(
              'The next lesson is a short graded quiz. You need 80% to pass, and you can retake it as often as you like.',
            ),
          ),
        ],
      },
      {
        title: 'Final quiz',
        kind: 'quiz',
        blocks: [
          rich(
            p(
              'Ten questions on everything in this course and one about how you feel. Take your time — nobody is waiting.',
            ),
          ),
          singleChoice(
            'What is the defining difference between synchronous and asynchronous learning?',
            [
              'Asynchronous learning always uses video',
              'Synchronous learning requires everyone to take part at the same time; asynchronous learning does not',
              'Synchronous learning happens only in classrooms',
              'Asynchronous learning has no assessments',
            ],
            1,
            ['Correct.', 'The key difference is timing: live and together, or whenever each learner chooses.'],
          ),
          multipleResponse(
            'Which are benefits of asynchronous learning? Select all that apply.',
            [
              ['Learners can study at their own pace', true],
              ['One course can serve thousands of learners', true],
              ['Every learner gets immediate feedback from a live trainer', false],
              ['Teams across time zones can take the same training', true],
            ],
            [
              'Correct — pace, scale and reach are the big three.',
              'Immediate live feedback is a strength of synchronous learning.',
            ],
          ),
          trueFalse('Blended learning combines self-paced study with some live sessions.', true, [
            'Correct.',
            'Blended learning is exactly that mix of asynchronous and synchronous learning.',
          ]),
          textEntry(
            'About how many minutes should a self-paced module take? (Answer with a number.)',
            ['20', 'twenty', '20 minutes'],
            ['Correct — about 20 minutes.', 'The guideline in this course is about 20 minutes.'],
          ),
          matching(
            'Match each support channel or tool with what it is for.',
            [
              ['Discussion forum', 'Peers and tutors answer questions for everyone to see'],
              ['Help chat', 'Quick one-to-one answers while you work'],
              ['LMS', 'Delivers courses and tracks progress'],
            ],
            ['All matched correctly.', 'Not quite — think about who answers and when.'],
          ),
          ordering(
            'Put the steps of a blended learning programme in a sensible order.',
            [
              'Learners study the self-paced module',
              'Learners complete the knowledge check',
              'The group meets live to practise and ask questions',
              'Learners apply the skill at work',
            ],
            ['Correct.', 'Self-paced preparation comes first, so the live session can focus on practice.'],
          ),
          numeric('For how many hours of the day can learners in every time zone take an asynchronous course?', 24, 0, [
            'Correct — around the clock.',
            'Asynchronous courses are open all 24 hours of the day.',
          ]),
          fillBlanks(
            'Complete the sentence.',
            'In [asynchronous|async] learning each learner chooses when to study; in [synchronous|sync|live] learning everyone takes part at the same time.',
            ['Correct.', 'Asynchronous: any time, own pace. Synchronous: same time, together.'],
          ),
          categorize(
            'Sort each activity: synchronous or asynchronous?',
            ['Synchronous', 'Asynchronous'],
            [
              ['A live webinar', 0],
              ['A recorded video lesson', 1],
              ['A discussion forum', 1],
              ['A classroom workshop', 0],
            ],
            ['All sorted correctly.', 'Live sessions are synchronous; recordings and forums are asynchronous.'],
          ),
          hotspot(
            'Which half of the picture shows asynchronous learning?',
            {
              assetId: assets?.illustration ?? null,
              alt: 'Left: learners meeting in one time slot. Right: learners studying at different times of the day.',
            },
            [
              { label: 'The left half (one clock, everyone together)', x: 0, y: 0, w: 50, h: 100 },
              { label: 'The right half (a 24-hour timeline)', x: 50, y: 0, w: 50, h: 100 },
            ],
            [1],
            ['Correct — each learner at a different time.', 'The right half: learners study at different times.'],
          ),
          likert('I feel ready to design a self-paced module.', [
            'Strongly disagree',
            'Disagree',
            'Neutral',
            'Agree',
            'Strongly agree',
          ]),
        ],
      },
    ],
  };
}
