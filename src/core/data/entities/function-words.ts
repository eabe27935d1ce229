// Capitalized words that open sentences or quotes but are not names ("The", "According", "While").
// A name run that begins with one of these loses it: "While Russia" → "Russia".
export const CAPITALIZED_FUNCTION_WORDS: readonly string[] = [
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She', 'They', 'We',
  'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Him', 'Them', 'Us', 'Me', 'Who', 'What', 'When',
  'Where', 'Why', 'How', 'Which', 'Whose', 'While', 'Whilst', 'Meanwhile', 'According', 'As', 'At', 'In', 'On',
  'Of', 'For', 'From', 'To', 'With', 'Without', 'By', 'After', 'Before', 'During', 'Since', 'Until', 'Under',
  'Over', 'About', 'Against', 'Among', 'Between', 'Despite', 'Through', 'Into', 'Like', 'Unlike', 'And',
  'But', 'Or', 'Nor', 'So', 'Yet', 'If', 'Although', 'Though', 'Because', 'However', 'Also', 'Still',
  'Even', 'Only', 'Just', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Some', 'Many',
  'Most', 'More', 'Much', 'Few', 'All', 'Both', 'Each', 'Every', 'Any', 'No', 'Not', 'Other', 'Another',
  'One', 'Two', 'Three', 'Four', 'Five', 'First', 'Second', 'Third', 'Is', 'Are', 'Was', 'Were', 'Be',
  'Has', 'Have', 'Had', 'Do', 'Does', 'Did', 'Will', 'Would', 'Can', 'Could', 'Should', 'Might',
  'Must', 'Shall', 'Yes', 'Well', 'Oh', 'Please', 'Thank', 'Thanks', 'Asked', 'Said', 'Says', 'Instead',
  'Indeed', 'Perhaps', 'Maybe', 'Earlier', 'Later', 'Once', 'Again', 'Such', 'Very', 'Too', 'Never',
  'Ever', 'Already', 'Almost', 'Several', 'Sources', 'Officials', 'Reports', 'Let',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Photo',
  'Neither', 'Either', 'Whether', 'Read', 'Watch', 'Related', 'Advertisement', 'Updated', 'Published', 'With', 'Within', 'Upon', 'Per',
];
